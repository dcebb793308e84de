import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** rm_case_timeline as migrations ReadModels1764000000400 and TimelineDutch1764000017300 make it. */
@Entity('rm_case_timeline')
@Index('rm_case_timeline_case_idx', ['caseId', 'revision'], { unique: true })
export class CaseTimelineEntity {
  @PrimaryColumn('uuid', { name: 'event_id', primaryKeyConstraintName: 'rm_case_timeline_pkey' })
  eventId!: string;

  @Column('uuid', { name: 'case_id' })
  caseId!: string;

  @Column('integer')
  revision!: number;

  @Column('text', { name: 'event_type' })
  eventType!: string;

  @Column('timestamptz', { name: 'occurred_at' })
  occurredAt!: Date;

  /** In English. */
  @Column('text')
  summary!: string;

  /** Null on rows written before migration TimelineDutch1764000017300, until the projection is rebuilt. */
  @Column('text', { name: 'summary_nl', nullable: true })
  summaryNl!: string | null;

  @Column('text', { name: 'actor_id', nullable: true })
  actorId!: string | null;

  @Column('text', { name: 'actor_role', nullable: true })
  actorRole!: string | null;

  @Column('text', { name: 'actor_team', nullable: true })
  actorTeam!: string | null;

  @Column('text', { name: 'actor_organisation', nullable: true })
  actorOrganisation!: string | null;

  @Column('text', { nullable: true })
  reason!: string | null;
}
