// Validates a CSV against a Table Schema with the npm package tableschema (Table.load + table.iter, streamed),
// counting rows and cast/constraint errors, and prints one JSON line: rows, errors, seconds, rows/s, peak RSS.
// Usage: node validate.js schema.json file.csv [maxRows]
// maxRows stops after that many data rows (a prefix of the file) when the whole file would take too long.
const { Table, Schema } = require('tableschema')

async function main () {
  const [schemaPath, csvPath, maxRowsArg] = process.argv.slice(2)
  if (!schemaPath || !csvPath) {
    console.error('usage: node validate.js schema.json file.csv [maxRows]')
    process.exit(2)
  }
  const maxRows = maxRowsArg ? Number(maxRowsArg) : Infinity
  const schema = await Schema.load(schemaPath)
  const table = await Table.load(csvPath, { schema })
  const start = process.hrtime.bigint()
  let rows = 0
  let errors = 0
  let peakRss = 0
  for await (const row of await table.iter({ forceCast: true })) {
    rows++
    if (row instanceof Error) {
      errors += row.errors ? row.errors.length : 1
    }
    if (rows % 10000 === 0) {
      peakRss = Math.max(peakRss, process.memoryUsage().rss)
    }
    if (rows >= maxRows) {
      // leaving the for-await loop early destroys the stream and leaves a promise pending: report and exit here
      report(start, rows, errors, peakRss)
      process.exit(0)
    }
  }
  report(start, rows, errors, peakRss)
}

function report (start, rows, errors, peakRss) {
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  peakRss = Math.max(peakRss, process.memoryUsage().rss)
  console.log(JSON.stringify({
    implementation: 'tableschema (npm) 1.12.6',
    node: process.version,
    rows,
    errors,
    seconds: Number(seconds.toFixed(3)),
    rowsPerSecond: Math.round(rows / seconds),
    peakRssMiB: Number((peakRss / 1048576).toFixed(1))
  }))
}

main().catch(error => {
  console.error(error)
  process.exit(1)
})
