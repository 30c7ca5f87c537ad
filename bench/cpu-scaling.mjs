// Control for the PDF pool figure: does this machine's second core scale at all? Runs the same
// arithmetic loop twice in one thread, then once in each of two worker threads, and prints the
// speed-up. `node bench/cpu-scaling.mjs`
import { Worker, isMainThread } from 'node:worker_threads';

function spin() {
  let x = 0;
  for (let i = 0; i < 4e8; i++) x += i % 7;
  return x;
}

if (isMainThread) {
  let t = Date.now();
  spin();
  spin();
  const serial = Date.now() - t;
  t = Date.now();
  let done = 0;
  for (let k = 0; k < 2; k++) {
    new Worker(new URL(import.meta.url)).on('exit', () => {
      if (++done === 2) {
        const parallel = Date.now() - t;
        console.log(`cpu.scaling.2threads  serial ${serial} ms, parallel ${parallel} ms, speed-up ${(serial / parallel).toFixed(2)}x`);
      }
    });
  }
} else {
  spin();
}
