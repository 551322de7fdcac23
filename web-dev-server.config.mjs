// `npm start`: serve the demo (and the built dist/) on 127.0.0.1 only.
export default {
  rootDir: '.',
  hostname: '127.0.0.1',
  port: Number(process.env.PORT) || 8000,
  open: false,
  appIndex: 'demo/index.html',
  watch: false,
};
