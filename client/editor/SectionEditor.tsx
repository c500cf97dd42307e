import { Collaboration } from '@tiptap/extension-collaboration';
import { CollaborationCaret } from '@tiptap/extension-collaboration-caret';
import { EditorContent, useEditor } from '@tiptap/react';
import { planContentExtensions } from '@shared/editor-extensions.ts';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { renderCaret } from './caret.ts';
import { FormatToolbar } from './FormatToolbar.tsx';

interface SectionEditorProps {
  /** The section body this editor writes to. */
  fragment: Y.XmlFragment;
  provider: WebsocketProvider;
  /** How this person appears at their caret in other people's editors. */
  user: { name: string; color: string };
  /** The section title; the editor is announced as "<title> text". */
  title: string;
  /** Id of the element holding the section's guidance. */
  describedBy?: string;
  editable: boolean;
}

/** One section's rich-text editor, bound to its Yjs fragment and showing others' carets. */
export function SectionEditor({ fragment, provider, user, title, describedBy, editable }: SectionEditorProps) {
  const editor = useEditor(
    {
      extensions: [
        ...planContentExtensions,
        Collaboration.configure({ fragment }),
        CollaborationCaret.configure({ provider, user, render: renderCaret }),
      ],
      editable,
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      editorProps: {
        attributes: {
          class: 'editor__content',
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': `${title} text`,
          ...(describedBy ? { 'aria-describedby': describedBy } : {}),
          ...(editable ? {} : { 'aria-readonly': 'true' }),
        },
      },
    },
    [fragment, provider, editable, title, describedBy, user.name, user.color],
  );
  return (
    <div className={editable ? 'editor' : 'editor editor--readonly'}>
      {editor && editable ? <FormatToolbar editor={editor} label={`${title} formatting`} /> : null}
      <EditorContent editor={editor} />
    </div>
  );
}
