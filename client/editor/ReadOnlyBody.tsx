import { Collaboration } from '@tiptap/extension-collaboration';
import { EditorContent, useEditor } from '@tiptap/react';
import { planContentExtensions } from '@shared/editor-extensions.ts';
import type * as Y from 'yjs';

interface ReadOnlyBodyProps {
  /** A section body of a document that is not being synced (a version, a published plan). */
  fragment: Y.XmlFragment;
  /** The section title; the text is announced as "<title> text". */
  title: string;
}

/**
 * A section's rich text, rendered with the editor's own schema and never editable: for
 * frozen copies (named versions, published plans) that have no provider and no carets.
 */
export function ReadOnlyBody({ fragment, title }: ReadOnlyBodyProps) {
  const editor = useEditor(
    {
      extensions: [...planContentExtensions, Collaboration.configure({ fragment })],
      editable: false,
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      editorProps: {
        attributes: { class: 'editor__content', role: 'textbox', 'aria-multiline': 'true', 'aria-readonly': 'true', 'aria-label': `${title} text`, tabindex: '0' },
      },
    },
    [fragment, title],
  );
  return (
    <div className="editor editor--readonly" data-editable="false">
      <EditorContent editor={editor} />
    </div>
  );
}
