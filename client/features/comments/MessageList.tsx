import type { CommentMessage } from '@shared/comments.ts';
import type { PlanPerson } from '@shared/people.ts';
import { formatTime, nameOf, personOf, type Naming } from './format.ts';

interface MessageListProps {
  messages: readonly CommentMessage[];
  naming: Naming;
  people: readonly PlanPerson[];
}

/** The names of mentioned members, as far as this page knows them. */
function mentionedNames(ids: readonly string[], people: readonly PlanPerson[], naming: Naming): string[] {
  return ids.map((id) => (id === naming.self.userId ? 'you' : (people.find((p) => p.id === id)?.name ?? 'a former member')));
}

/**
 * A thread's messages, each with its author as the server knows them. A body written by
 * someone other than the message's author (the document allows it; the app never does it)
 * says so rather than speaking in the author's name.
 */
export function MessageList({ messages, naming, people }: MessageListProps) {
  return (
    <ol className="thread__messages">
      {messages.map((message) => {
        const author = personOf(naming, message.authorClientId);
        const writer = personOf(naming, message.bodyClientId);
        const rewritten = author !== undefined && writer !== undefined && author.userId !== writer.userId;
        const mentioned = mentionedNames(message.mentions, people, naming);
        return (
          <li key={message.id} className="message">
            <p className="message__meta">
              <span className="message__author">{nameOf(naming, message.authorClientId)}</span>{' '}
              <time dateTime={new Date(message.at).toISOString()}>{formatTime(message.at)}</time>
            </p>
            <p className="message__body">{message.body}</p>
            {rewritten ? <p className="message__note">Changed by {nameOf(naming, message.bodyClientId)}</p> : null}
            {mentioned.length > 0 ? <p className="message__note">Mentions {mentioned.join(', ')}</p> : null}
          </li>
        );
      })}
    </ol>
  );
}
