import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOST_LABEL_PATTERN, SITE_HEADERS_FILES, SITE_ROUTING_FILES, UPLOAD_TYPES } from '@cong/shared';

// The shipped nginx configuration read as nginx reads it (directives, arguments, blocks), so its
// rules can be held to the ones in @cong/shared without an nginx on the machine.
interface Directive {
  name: string;
  args: string[];
  block?: Directive[];
}

/** The directives of an nginx configuration: words (`${name}` in one too) and "quoted strings", `;` ends one, `{ … }` is its block. */
function parse(text: string): Directive[] {
  const tokens = text.replace(/#[^\n]*/g, '').match(/"[^"]*"|[{};]|(?:\$\{\w+\}|[^\s{};"])+/g) ?? [];
  let at = 0;
  const block = (): Directive[] => {
    const directives: Directive[] = [];
    while (at < tokens.length && tokens[at] !== '}') {
      const words: string[] = [];
      while (!['{', ';', '}'].includes(tokens[at]!)) words.push(tokens[at++]!.replace(/^"(.*)"$/, '$1'));
      const [name, ...args] = words;
      if (tokens[at++] === '{') {
        directives.push({ name: name!, args, block: block() });
        at++;
      } else directives.push({ name: name!, args });
    }
    return directives;
  };
  return block();
}

const deployed = (file: string) => readFile(path.resolve(import.meta.dirname, '../../deploy/nginx', file), 'utf8').then(parse);
const locations = await deployed('cong-locations.conf');
const site = await deployed('cong.conf');
const location = (prefix: string) => locations.find((each) => each.name === 'location' && each.args.join(' ') === prefix)!;
const uploads = location('^~ /uploads/');
const inlineGroups = uploads.block!.filter((each) => each.name === 'location');
/** The extensions a regex location like `~* \.(?:jpg|png)$` names. */
const extensionsOf = (each: Directive) => /^\\\.\(\?:([\w|]+)\)\$$/.exec(each.args[1]!)![1]!.split('|').sort();
const sends = (each: Directive, name: string) => each.block!.filter((d) => d.name === 'add_header' && d.args[0] === name).map((d) => d.args[1]);
const includes = (each: Directive) => each.block!.filter((d) => d.name === 'include').map((d) => path.basename(d.args[0]!));

describe('the shipped nginx configuration’s uploads (deploy/nginx/cong-locations.conf)', () => {
  it('types exactly the extensions the portal takes, each as UPLOAD_TYPES lists it', () => {
    const types = Object.fromEntries(uploads.block!.find((each) => each.name === 'types')!.block!.flatMap((type) => type.args.map((extension) => [`.${extension}`, type.name])));
    expect(types).toEqual(Object.fromEntries(Object.entries(UPLOAD_TYPES).map(([extension, type]) => [extension, type.mime])));
    expect(uploads.block!.find((each) => each.name === 'default_type')!.args).toEqual(['application/octet-stream']);
  });

  it('shows in the page one location per inline group (ảnh, âm thanh, video), each holding that group’s extensions', () => {
    const groups = new Map<string, string[]>();
    for (const [extension, type] of Object.entries(UPLOAD_TYPES)) if (type.inline) groups.set(type.group, [...(groups.get(type.group) ?? []), extension.slice(1)]);
    expect(inlineGroups.map(extensionsOf)).toEqual([...groups.values()].map((extensions) => extensions.sort()));
    expect(inlineGroups.every((each) => each.args[0] === '~*')).toBe(true);
  });

  it('sends everything else as a download, and every upload with its own headers', () => {
    expect(sends(uploads, 'Content-Disposition')).toEqual(['attachment']);
    for (const each of [uploads, ...inlineGroups]) {
      expect(includes(each)).toEqual([path.basename(SITE_HEADERS_FILES.nginxUploads)]);
      expect(sends(each, 'Strict-Transport-Security')).toEqual(['$cong_hsts']);
    }
    for (const each of inlineGroups) expect(sends(each, 'Content-Disposition')).toEqual([]);
  });
});

describe('the shipped nginx configuration’s other locations', () => {
  // nginx drops a level's add_header lines wherever a location has one of its own, so none may
  // be left to the level above: each location says all it sends. The server level's own are
  // for the redirects answered before a location is chosen.
  it('send the site’s headers from each location, and from the server for its redirects', () => {
    const server = { name: 'server', args: [], block: locations };
    for (const [name, each] of [['server', server], ...['/', '^~ /_astro/', '@cong_not_found', '@cong_gone'].map((prefix) => [prefix, location(prefix)] as const)] as const) {
      expect(includes(each), name).toEqual([path.basename(SITE_HEADERS_FILES.nginxSite)]);
      expect(sends(each, 'Strict-Transport-Security'), name).toEqual(['$cong_hsts']);
    }
  });

  it('serve every file from the site the host names, a shared root path from the root', () => {
    for (const each of [location('/'), location('^~ /_astro/'), uploads, ...inlineGroups]) {
      expect(each.block!.find((d) => d.name === 'try_files')!.args, each.args.join(' ')).toEqual(['$cong_site$cong_file', '$cong_site$uri/index.html', '$cong_shared_file', '=404']);
    }
  });

  it('keep the headers’ folder from browsers', () => {
    expect(location('^~ /_server/').block).toEqual([{ name: 'internal', args: [] }]);
  });
});

describe('the shipped nginx configuration’s routing (deploy/nginx/cong.conf)', () => {
  const maps = site.filter((each) => each.name === 'map');
  const map = (variable: string) => maps.find((each) => each.args[1] === variable)!;

  it('takes each release’s routing from the map files its build writes', () => {
    const included = maps.flatMap((each) => each.block!.filter((d) => d.name === 'include').map((d) => path.basename(d.args[0]!)));
    const written = [SITE_ROUTING_FILES.nginxUnits, SITE_ROUTING_FILES.nginxShared, SITE_ROUTING_FILES.nginxFormerHosts, SITE_ROUTING_FILES.nginxRedirects];
    // A glob: a release built before the build wrote them is the portal alone, and nginx starts.
    expect(included).toEqual(written.map((file) => path.basename(file).replace(/\.map$/, '*.map')));
  });

  it('sends the portal’s /don-vi/<label>/ to the unit’s host only for a label DNS allows', () => {
    expect(map('$cong_unit_url').block![0]!.name).toContain(`/don-vi/(?<cong_to_unit>${HOST_LABEL_PATTERN.source.slice(1, -1)})`);
  });

  it('listens on IPv4 and IPv6 for every server', () => {
    for (const server of site.filter((each) => each.name === 'server')) {
      const listens = server.block!.filter((d) => d.name === 'listen').map((d) => d.args[0]);
      expect(listens.some((address) => address!.startsWith('[::]:')), server.block!.find((d) => d.name === 'server_name')!.args.join(' ')).toBe(true);
      expect(listens.some((address) => !address!.startsWith('[')), 'IPv4').toBe(true);
    }
  });
});
