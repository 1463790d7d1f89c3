// Preloaded into a child the bench starts (`node --import …/peak-rss.mjs`): at exit, the
// process's peak resident memory and the CPU it used (which a busy machine does not inflate as
// it does wall time), on stderr as tagged lines the bench picks out.
const report = () => {
  const usage = process.resourceUsage();
  process.stderr.write(`\n@bench-peak-rss ${usage.maxRSS}\n@bench-cpu-us ${usage.userCPUTime + usage.systemCPUTime}\n`);
};
process.on('exit', report);
// A server the bench stops: report before the signal ends it.
for (const signal of ['SIGTERM', 'SIGINT']) process.prependListener(signal, report);
