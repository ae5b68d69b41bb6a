// The demo seed writes the first logins to a JSON file (cms/.tmp/logins.json); the start
// script prints them and the test harness logs in with them.

/** One first login of a fresh portal. */
export interface DemoLogin {
  email: string;
  password: string;
  /** The admin role's code: strapi-super-admin, cong-editor, cong-moderator, cong-unit-editor. */
  role: string;
  /** A unit editor's unit, by host label. */
  unit?: string;
}
