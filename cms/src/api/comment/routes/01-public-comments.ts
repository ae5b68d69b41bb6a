// The routes the public may call without a token: send a comment, read approved ones.
export default {
  routes: [
    {
      method: 'POST',
      path: '/public-comments',
      handler: 'public-comment.submit',
      // Its body's type and size are checked before it is parsed: global::public-body-guard (config/middlewares.ts).
      config: { auth: false, middlewares: ['api::comment.rate-limit'] },
    },
    {
      method: 'GET',
      path: '/public-comments',
      handler: 'public-comment.list',
      config: { auth: false },
    },
    {
      method: 'GET',
      path: '/public-comments/counts',
      handler: 'public-comment.counts',
      config: { auth: false },
    },
  ],
};
