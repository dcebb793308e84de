import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** rm_deadlines as migration ReadModels1764000000400 creates it. */
@Entity('rm_deadlines')
@Index('rm_deadlines_case_idx', ['caseId'])
// Partial (open deadlines only): typeorm compares its WHERE as text, so it leaves this one alone.
@Index('rm_deadlines_open_idx', { synchronize: false })
export class DeadlineEntity {
  @PrimaryColumn('text', { name: 'deadline_id', primaryKeyConstraintName: 'rm_deadlines_pkey' })
  deadlineId!: string;

  @Column('uuid', { name: 'case_id', nullable: true })
  caseId!: string | null;

  @Column('text')
  kind!: string;

  @Column('text')
  description!: string;

  @Column('uuid', { name: 'child_id', nullable: true })
  childId!: string | null;

  @Column('uuid', { name: 'placement_id', nullable: true })
  placementId!: string | null;

  /** A Dutch calendar day, `YYYY-MM-DD`. */
  @Column('date', { name: 'due_on' })
  dueOn!: string;

  /** Only for deadlines by the minute (reservations). */
  @Column('timestamptz', { name: 'due_at', nullable: true })
  dueAt!: Date | null;

  @Column('text')
  status!: string;

  @Column('uuid', { name: 'opened_by_event_id' })
  openedByEventId!: string;

  @Column('uuid', { name: 'closed_by_event_id', nullable: true })
  closedByEventId!: string | null;

  @Column('text', { name: 'closed_by_event_type', nullable: true })
  closedByEventType!: string | null;

  @Column('timestamptz', { name: 'closed_at', nullable: true })
  closedAt!: Date | null;
}
