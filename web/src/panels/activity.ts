import type { App } from '../app.ts';
import { execute } from '../api.ts';
import { renderActivity } from '../activity.ts';
import { isoOf } from '../dates.ts';
import { clear } from '../dom.ts';
import type { DashboardActivityQuery } from '../gql/graphql';
import { ActivityQuery } from '../queries.ts';
import type { Panel } from './panel.ts';
import { empty } from './states.ts';

type Buckets = DashboardActivityQuery['activity'];

const box = () => document.getElementById('activity')!;

/**
 * How much was said, claimed and reported per week or month. Its window is the date inputs', or
 * else the span of the timeline's dated items, so it runs again after each timeline answer.
 */
export function activityPanel(app: App): Panel<Buckets | string> {
  return {
    name: 'activity',
    what: 'the activity',
    deps: ['bucket'],
    after: ['timeline'],
    box,
    async load(state, signal) {
      if (!state.entities.length) return 'Activity appears when an entity is chosen.';
      const { entries } = app.last.timeline;
      const from = state.from ?? (entries.length ? isoOf(Math.min(...entries.map((e) => e.start))) : null);
      const to = state.to ?? (entries.length ? isoOf(Math.max(...entries.map((e) => e.end))) : null);
      if (!from || !to || from > to) return 'Nothing dated to count in this window.';
      const data = await execute(
        ActivityQuery,
        { ids: state.entities, from, to, bucket: state.bucket, asOf: state.asOf },
        signal,
      );
      return data.activity.every((b) => b.total + b.coarser === 0)
        ? 'Nothing dated to count in this window.'
        : data.activity;
    },
    render(answer, state) {
      if (typeof answer === 'string') clear(box(), empty(answer));
      else renderActivity(box(), answer, state.bucket);
    },
  };
}
