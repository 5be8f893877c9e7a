/**
 * The structure of a text as its layout shows it: paragraphs and lines, sentences, language, and
 * who speaks where.
 *
 * <table>
 *   <caption>Layers of this package</caption>
 *   <tr><th>layer</th><th>annotator</th><th>what</th></tr>
 *   <tr><td>{@code paragraphs}, {@code lines} (working)</td><td>{@link Paragraphs}</td><td>blocks and trimmed lines</td></tr>
 *   <tr><td>metadata {@code language}</td><td>{@link Language}</td><td>ISO 639-1 code of the text's language</td></tr>
 *   <tr><td>{@code sentences}</td><td>{@link Sentences}</td><td>English sentences inside paragraphs</td></tr>
 *   <tr><td>{@code header}</td><td>{@link ArticleHeader}</td><td>{@link HeaderPart}: headline, byline, dateline, editor's note</td></tr>
 *   <tr><td>{@code turns}</td><td>{@link InterviewTurns}</td><td>{@link Turn}: what one participant of an interview says</td></tr>
 *   <tr><td>{@code posts}</td><td>{@link ThreadPosts}</td><td>{@link Post}: one post or comment of a discussion thread</td></tr>
 * </table>
 *
 * <p>How speakers and authors are named, for everything that attributes text to them:
 * <ul>
 *   <li>A turn's speaker is a full name as the transcript or its header introduces it, spelled as there
 *       (an all-capitals spelling gives way to a mixed-case one), without honorifics or offices: "Dr.
 *       Helena Varga" and "Deputy Mayor Tomas Berglund" speak as "Helena Varga" and "Tomas Berglund".
 *       Initials ("HV") and single names ("Varga") resolve to that full name; labels that resolve to
 *       none stay as written ("HANSEN", "JD"). Organisations speak under their full names. A role label
 *       the header does not resolve ("Q:" with no interviewer named) gives a turn with a role and no
 *       speaker.
 *   <li>A post's author is the handle as the page shows it without a leading "u/", "/u/" or "@"; a
 *       Lemmy handle keeps its instance ("tidepool@lemmy.example"). "[deleted]" gives no author.
 *   <li>Spans cover what is said or written only: never the label ("SO:"), the post header or the
 *       widget words around a post.
 * </ul>
 *
 * <p>The structure annotators read layout and labels and apply to every language; the words they know
 * (interview cues, editor's notes, English dates) are English, bylines are read in a few more.
 */
package org.rhetorica.text;
