import { Collaboration } from '@tiptap/extension-collaboration';
import { CollaborationCaret } from '@tiptap/extension-collaboration-caret';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useRef } from 'react';
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
  /** Ids of elements describing the text: the section's guidance, why it is read-only. */
  describedBy?: string;
  /** Switches in place (no new editor) when the person's access changes. */
  editable: boolean;
}

/** One section's rich-text editor, bound to its Yjs fragment and showing others' carets. */
export function SectionEditor({ fragment, provider, user, title, describedBy, editable }: SectionEditorProps) {
  // Read by the attributes function, which ProseMirror re-runs whenever the props are set, so
  // access and lock changes update the editor in place instead of replacing it.
  const live = useRef({ editable, describedBy });
  live.current = { editable, describedBy };
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
        attributes: (): Record<string, string> => ({
          class: 'editor__content',
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': `${title} text`,
          ...(live.current.describedBy ? { 'aria-describedby': live.current.describedBy } : {}),
          // Read-only text stays focusable, so keyboard users can still select and copy it.
          ...(live.current.editable ? {} : { 'aria-readonly': 'true', tabindex: '0' }),
        }),
      },
    },
    [fragment, provider, title, user.name, user.color],
  );
  useEffect(() => {
    // Setting the options re-applies the editor props, which re-reads the attributes above.
    if (editor && !editor.isDestroyed) editor.setOptions({ editable });
  }, [editor, editable, describedBy]);
  return (
    <div className={editable ? 'editor' : 'editor editor--readonly'} data-editable={editable}>
      {editor && editable ? <FormatToolbar editor={editor} label={`${title} formatting`} /> : null}
      <EditorContent editor={editor} />
    </div>
  );
}
