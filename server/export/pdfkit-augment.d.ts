// PDFKit 0.20 accepts these options; the community typings (@types/pdfkit 0.17) predate them.
declare namespace PDFKit.Mixins {
  interface AnnotationOption {
    /** The Link structure element the annotation belongs to (tagged PDF). */
    structParent?: PDFKit.PDFStructureElement;
  }
  interface StructureElementOptions {
    /** A table header cell's scope. */
    scope?: 'Row' | 'Column' | 'Both';
  }
}
