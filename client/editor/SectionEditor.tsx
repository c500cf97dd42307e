import { Collaboration } from '@tiptap/extension-collaboration';
import { CollaborationCaret } from '@tiptap/extension-collaboration-caret';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useMemo, useRef } from 'react';
import type { Editor } from '@tiptap/react';
import { planContentExtensions } from '@shared/editor-extensions.ts';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { renderCaret } from './caret.ts';
import { selectionDraft } from './commentAnchor.ts';
import { COMMENT_SHORTCUT, CommentHighlights, refreshCommentHighlights, type EditorComments } from './commentHighlights.ts';
import { FormatToolbar } from './FormatToolbar.tsx';
import { ReadOnlySelection } from './readOnlySelection.ts';

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
  /** The section's comment threads: highlighted in the text, and started from a selection. */
  comments?: EditorComments | null;
}

/** The toolbar's Comment button: a thread on the selected text. */
function useCommentTool(comments: EditorComments | null) {
  const live = useRef(comments);
  live.current = comments;
  const canComment = comments?.canComment ?? false;
  return useMemo(() => {
    if (!canComment) return undefined;
    const run = (editor: Editor) => {
      const current = live.current;
      const draft = current ? selectionDraft(editor.state, current.sectionId) : undefined;
      if (current && draft) current.onComment(draft, editor.view.dom);
    };
    return { run, shortcut: COMMENT_SHORTCUT };
  }, [canComment]);
}

/** One section's rich-text editor, bound to its Yjs fragment and showing others' carets. */
export function SectionEditor({ fragment, provider, user, title, describedBy, editable, comments = null }: SectionEditorProps) {
  const canComment = comments?.canComment ?? false;
  // Read by the attributes function, which ProseMirror re-runs whenever the props are set, so
  // access and lock changes update the editor in place instead of replacing it.
  const live = useRef({ editable, describedBy, canComment });
  live.current = { editable, describedBy, canComment };
  const commentsLive = useRef(comments);
  commentsLive.current = comments;
  const commentTool = useCommentTool(comments);
  const editor = useEditor(
    {
      extensions: [
        ...planContentExtensions,
        Collaboration.configure({ fragment }),
        CollaborationCaret.configure({ provider, user, render: renderCaret }),
        ReadOnlySelection,
        CommentHighlights.configure({ live: commentsLive, fragment }),
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
          ...(live.current.canComment ? { 'aria-keyshortcuts': COMMENT_SHORTCUT } : {}),
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
  }, [editor, editable, describedBy, canComment]);
  const activeThreadId = comments?.activeThreadId ?? null;
  useEffect(() => {
    if (editor && !editor.isDestroyed) refreshCommentHighlights(editor.view);
  }, [editor, activeThreadId]);
  return (
    <div className={editable ? 'editor' : 'editor editor--readonly'} data-editable={editable}>
      {editor && (editable || commentTool) ? (
        <FormatToolbar editor={editor} label={editable ? `${title} formatting` : `${title} commenting`} formatting={editable} comment={commentTool} />
      ) : null}
      <EditorContent editor={editor} />
    </div>
  );
}
