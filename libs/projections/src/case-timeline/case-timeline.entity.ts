import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** rm_case_timeline as migration ReadModels1764000000400 creates it. */
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

  @Column('text')
  summary!: string;

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
