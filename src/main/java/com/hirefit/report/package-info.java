/**
 * Writers that turn a screening's results into a report: {@link com.hirefit.report.JsonReport} (one
 * pretty-printed JSON document), {@link com.hirefit.report.TableReport} (plain text for a terminal) and
 * {@link com.hirefit.report.XlsxReport} (a results workbook). Each is a
 * {@link com.hirefit.screening.ScreeningSink}.
 *
 * <p>Conventions shared by every writer:
 * <ul>
 *   <li><b>Streaming.</b> Candidates are written as they arrive and never kept; memory stays bounded
 *       whatever the number of candidates. Row errors are small and some formats need them after the
 *       candidates, so a writer may buffer those.</li>
 *   <li><b>Call order.</b> {@code begin}, then {@code candidate}/{@code error} in any mix, then
 *       {@code end}, then {@code close}. A call out of that order throws {@link IllegalStateException}.
 *       {@code close} may be called at any time and more than once.</li>
 *   <li><b>Ownership.</b> A writer owns the stream or writer it is given and closes it in
 *       {@code close()}. To write to a stream that must stay open (such as {@code System.out}), pass a
 *       wrapper that ignores {@code close}, for example commons-io's {@code CloseShieldOutputStream}.</li>
 *   <li><b>Abandoned reports.</b> When {@code close} comes without {@code end} (the screening failed
 *       part way), the writer releases its resources and closes the target but does not pretend the
 *       report is complete: the JSON is left unterminated (so it does not parse), the table has no
 *       footer, and no workbook is written.</li>
 *   <li><b>Untrusted text.</b> Names, ids and reasons come from uploaded files. Spreadsheet cells go
 *       through {@link com.hirefit.report.SafeText} (formula-injection safety, Excel's cell size cap);
 *       terminal text has control characters removed so a cell cannot drive the terminal.</li>
 * </ul>
 */
package com.hirefit.report;
