export function ProgressBar({ label, value, max }: { label: string; value: number; max: number }) {
  return (
    <div className="progress">
      <progress value={value} max={max} aria-label={label} />
      <span aria-live="polite">{label}</span>
    </div>
  );
}
