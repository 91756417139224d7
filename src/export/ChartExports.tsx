import { useState } from 'react';
import { csvLine } from './csvFormat.ts';
import { safeFileName, type ChartExportSpec } from './chartExport.ts';

/** Download buttons for one chart. The CSV holds exactly the rows of the chart's table. */
export function ChartExports({ spec }: { spec: ChartExportSpec }) {
  const [status, setStatus] = useState('');
  const downloadCsv = () => {
    const text = [csvLine(spec.columns), ...spec.rows.map((r) => csvLine(r))].join('\n') + '\n';
    download(new Blob([text], { type: 'text/csv;charset=utf-8' }), safeFileName(spec.name, 'csv'));
    setStatus(`Downloaded ${spec.rows.length} rows as CSV.`);
  };
  return (
    <div className="bh-exports">
      <button type="button" onClick={downloadCsv} data-testid="export-csv">
        CSV
      </button>
      <span className="visually-hidden" role="status">
        {status}
      </span>
    </div>
  );
}

export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
