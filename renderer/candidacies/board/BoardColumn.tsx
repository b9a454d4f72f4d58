// A column of the board: one stage (or every ending together), and a drop target for cards.
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  label: string;
  count: number;
  /** Whether the card being dragged may move here. */
  accepts: () => boolean;
  onDropCard: (candidacyId: string) => void;
  children: ReactNode;
  className?: string;
}

export function BoardColumn({ label, count, accepts, onDropCard, children, className = '' }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const [over, setOver] = useState(false);
  return (
    <section
      className={`board-column ${className}${over ? ' drop-target' : ''}`}
      aria-labelledby={titleId}
      onDragOver={(event) => {
        if (!accepts()) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        const id = event.dataTransfer.getData('text/plain');
        if (id && accepts()) onDropCard(id);
      }}
    >
      <h2 id={titleId}>
        {label} <span className="column-count">{count}</span>
      </h2>
      {count > 0 ? <ul className="card-list">{children}</ul> : <p className="hint">{t('candidacies.board.empty')}</p>}
    </section>
  );
}
