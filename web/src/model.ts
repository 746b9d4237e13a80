import type { SourceFieldsFragment, TimelineItemBriefFragment, TimelineItemFieldsFragment } from './gql/graphql';

/** an item as the timeline lists it; DetailedItem adds its sources */
export type Item = TimelineItemBriefFragment;
export type DetailedItem = TimelineItemFieldsFragment;
export type ItemType = Item['__typename'];
export type Source = SourceFieldsFragment;

export const ITEM_TYPES: readonly ItemType[] = ['Quote', 'Claim', 'Event', 'Report', 'RoleChange'];

export function typeLabel(t: ItemType, n = 1): string {
  switch (t) {
    case 'Quote':
      return n === 1 ? 'quote' : 'quotes';
    case 'Claim':
      return n === 1 ? 'claim' : 'claims';
    case 'Event':
      return n === 1 ? 'event' : 'events';
    case 'Report':
      return n === 1 ? 'report' : 'reports';
    case 'RoleChange':
      return n === 1 ? 'role' : 'roles';
    default: {
      const never: never = t;
      return String(never);
    }
  }
}

export function laneLabel(t: ItemType): string {
  const l = typeLabel(t, 2);
  return l[0]!.toUpperCase() + l.slice(1);
}

/** The words a person would read for an item: the quote, the claim, the event's name, who reported. */
export function summary(item: Item): string {
  switch (item.__typename) {
    case 'Quote':
      return `“${item.text}”`;
    case 'Claim':
      return item.text;
    case 'Event':
      return [item.name ?? item.type ?? 'Event', item.place?.name].filter(Boolean).join(', ');
    case 'Report':
      return `${item.publisher?.name ?? 'An outlet'} reported${item.cue ? ` (${item.cue})` : ''}`;
    case 'RoleChange':
      return `${item.person.name}: ${item.role ?? 'role'} · ${item.organization.name}`;
    default: {
      const never: never = item;
      return String(never);
    }
  }
}

export function who(item: Item): string | null {
  switch (item.__typename) {
    case 'Quote':
    case 'Claim':
      return item.speaker?.name ?? item.speakerDescription ?? null;
    case 'Report':
      return item.publisher?.name ?? null;
    case 'Event':
    case 'RoleChange':
      return null;
    default: {
      const never: never = item;
      return String(never);
    }
  }
}

/** "Reuters · Musterstädter Rundschau": the outlets of the documents a fact was found in. */
export function outlets(sources: readonly Source[]): string {
  return [...new Set(sources.map((s) => s.document.outlet ?? s.document.title ?? 'untitled article'))].join(' · ');
}
