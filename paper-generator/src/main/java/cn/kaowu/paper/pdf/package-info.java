/**
 * Paper PDFs: {@link cn.kaowu.paper.pdf.PaperPdfRenderer} (the paper candidates get),
 * {@link cn.kaowu.paper.pdf.AnswerSheetPdfRenderer} (答题卡 with a QR code of the paper code) and
 * {@link cn.kaowu.paper.pdf.AnswerKeyPdfRenderer} (参考答案及解析, for paper builders only). Each takes
 * a {@link cn.kaowu.paper.domain.PaperContent} and returns the PDF bytes or writes to a stream; they
 * are stateless, thread-safe singletons and check no roles — the calling service does.
 *
 * <p>Chinese text uses the fonts committed under {@code src/main/resources/fonts} (Noto Serif SC,
 * Noto Sans SC Bold; OFL-1.1), embedded as subsets. iText is AGPL-3.0.
 */
package cn.kaowu.paper.pdf;
