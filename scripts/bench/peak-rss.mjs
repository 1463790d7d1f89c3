// Preloaded into a child the bench starts (`node --import …/peak-rss.mjs`): at exit, the
// process's peak resident memory, on stderr as one tagged line the bench picks out.
process.on('exit', () => {
  process.stderr.write(`\n@bench-peak-rss ${process.resourceUsage().maxRSS}\n`);
});
