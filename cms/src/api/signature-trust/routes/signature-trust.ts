// The root certificates the portal trusts are public: the site build reads them from here.
export default {
  routes: [
    {
      method: 'GET',
      path: '/signature-trust-roots',
      handler: 'signature-trust.roots',
      config: { auth: false },
    },
  ],
};
