package io.github.factmaven.validator.report;

import io.github.factmaven.model.Problem;
import io.github.factmaven.model.internal.Printable;
import io.github.factmaven.validator.api.CheckResult;
import io.github.factmaven.validator.api.ClaimResult;
import io.github.factmaven.validator.api.ReportLayout;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Renders a check as JUnit XML ({@code TEST-claims.xml}), so that Jenkins, GitLab and GitHub
 * test-report actions show claims as tests: a test suite per claims file, a test case per claim
 * (class name: the claims file as a dotted name, {@code claims.azatutyun}; name: the claim's id), a
 * failure carrying the message, and an errored test case per problem of a whole file. The file is
 * valid against the JUnit schemas of Jenkins' xUnit plugin ({@code junit-10.xsd}) and of Ant.
 */
public final class JUnitReport {

    private JUnitReport() {}

    /**
     * When and where a check ran, for the {@code timestamp}, {@code hostname} and {@code time}
     * attributes that CI systems show.
     *
     * @param started  when the check started
     * @param took     how long it took
     * @param hostname the machine it ran on
     */
    public record Run(Instant started, Duration took, String hostname) {}

    /**
     * @param result a check's result
     * @return the XML text, without the time and place of the run
     */
    public static String toXml(CheckResult result) {
        return toXml(result, Optional.empty());
    }

    /**
     * @param result a check's result
     * @param run    when and where it ran, if known
     * @return the XML text
     */
    public static String toXml(CheckResult result, Optional<Run> run) {
        StringWriter out = new StringWriter();
        try {
            render(result, run, out, null);
        } catch (XMLStreamException | IOException e) {
            throw new IllegalStateException("writing XML to memory cannot fail", e);
        }
        return out.toString();
    }

    /**
     * Writes the report as it is made, so a report of a million claims is never held whole.
     *
     * @param splice where the bytes are counted and kept parts copied from; null for a report in memory
     */
    private static void render(CheckResult result, Optional<Run> run, Writer out, Splice splice)
            throws XMLStreamException, IOException {
        // suites in path order, as the check reads the files
        Map<String, List<CheckResult.Part>> byFile = new TreeMap<>();
        for (CheckResult.Part part : result.parts()) {
            if (part.size() > 0) {
                byFile.computeIfAbsent(part.file(), f -> new ArrayList<>()).add(part);
            }
        }
        Map<String, List<Problem>> fileErrors = new LinkedHashMap<>();
        result.fileErrors()
                .forEach(problem -> fileErrors
                        .computeIfAbsent(problem.location().file(), f -> new ArrayList<>())
                        .add(problem));
        fileErrors.keySet().forEach(file -> byFile.putIfAbsent(file, List.of()));

        // the JDK's own writer, not whichever a class path provides: the same bytes wherever the report is made,
        // and no service lookup across the jars of a Maven plugin's class path
        XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("testsuites");
        xml.writeAttribute("name", "fact check");
        xml.writeAttribute(
                "tests",
                String.valueOf(result.claims().size() + result.fileErrors().size()));
        xml.writeAttribute("failures", String.valueOf(result.summary().failed()));
        xml.writeAttribute("errors", String.valueOf(result.fileErrors().size()));
        if (run.isPresent()) {
            xml.writeAttribute("time", seconds(run.get().took()));
        }
        int suiteId = 0;
        for (Map.Entry<String, List<CheckResult.Part>> file : byFile.entrySet()) {
            suite(
                    xml,
                    result,
                    file.getKey(),
                    file.getValue(),
                    fileErrors.getOrDefault(file.getKey(), List.of()),
                    suiteId++,
                    run,
                    splice);
        }
        xml.writeCharacters("\n");
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
        xml.close();
        out.write("\n");
    }

    /**
     * One claims file's test suite: its errors, then a test case per claim; those of a kept part
     * copied from the report written before.
     */
    private static void suite(
            XMLStreamWriter xml,
            CheckResult result,
            String file,
            List<CheckResult.Part> parts,
            List<Problem> errors,
            int suiteId,
            Optional<Run> run,
            Splice splice)
            throws XMLStreamException, IOException {
        int claims = parts.stream().mapToInt(CheckResult.Part::size).sum();
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", clean(file));
        xml.writeAttribute("tests", String.valueOf(claims + errors.size()));
        CheckResult.Tally tally = result.tallyByFile().get(file);
        xml.writeAttribute("failures", String.valueOf(tally == null ? 0 : tally.failed()));
        xml.writeAttribute("errors", String.valueOf(errors.size()));
        xml.writeAttribute("skipped", "0");
        // claims files are checked together, source by source, so only the whole run is timed (on the root)
        xml.writeAttribute("time", "0");
        xml.writeAttribute("file", clean(file));
        String className = clean(className(file));
        xml.writeAttribute(
                "package", className.contains(".") ? className.substring(0, className.lastIndexOf('.')) : "");
        xml.writeAttribute("id", String.valueOf(suiteId));
        if (run.isPresent()) {
            xml.writeAttribute(
                    "timestamp",
                    run.get()
                            .started()
                            .truncatedTo(ChronoUnit.SECONDS)
                            .toString()
                            .replace("Z", ""));
            xml.writeAttribute("hostname", clean(run.get().hostname()));
        }
        xml.writeCharacters("\n    ");
        xml.writeEmptyElement("properties");
        if (splice != null) {
            xml.writeCharacters(""); // closes the element, so that its end is among the bytes flushed
            xml.flush();
            Optional<ReportLayout.Span> kept = parts.size() == 1 ? splice.kept(parts.get(0)) : Optional.empty();
            if (kept.isPresent()) {
                splice.copy(file, kept.get());
                suiteEnd(xml);
                return;
            }
            splice.startsHere();
        }
        for (Problem error : errors) {
            testCase(xml, className, "(claims file)");
            xml.writeStartElement("error");
            xml.writeAttribute("type", "FILE_ERROR");
            xml.writeAttribute("message", clean(error.message()));
            xml.writeCharacters(clean(error.location() + ": " + error.message()));
            xml.writeEndElement();
            xml.writeEndElement();
        }
        // a test case per claim, in a method of its own: the loop that runs a million times is all the
        // JIT compiles while it runs, not the whole report
        for (CheckResult.Part part : parts) {
            for (ClaimResult claim : part.claims()) {
                claimCase(xml, className, claim);
            }
        }
        if (splice != null) {
            xml.flush();
            splice.endsHere(file);
        }
        suiteEnd(xml);
    }

    private static void suiteEnd(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeEmptyElement("system-out");
        xml.writeCharacters("\n    ");
        xml.writeEmptyElement("system-err");
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    private static void claimCase(XMLStreamWriter xml, String className, ClaimResult claim) throws XMLStreamException {
        testCase(
                xml,
                className,
                claim.id()
                        .map(Printable::escape)
                        .orElseGet(() -> "(no id, line " + claim.location().line() + ")"));
        if (!claim.verified()) {
            xml.writeStartElement("failure");
            xml.writeAttribute("type", claim.status().name());
            xml.writeAttribute(
                    "message", clean(claim.message().lines().findFirst().orElse("")));
            xml.writeCharacters(clean(claim.primaryLocation() + ": " + claim.message()));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    /**
     * Writes the report, creating its directory.
     *
     * @param result a check's result
     * @param file   where to write, for example {@code target/fact-check/TEST-claims.xml}
     * @throws IOException if the file cannot be written
     */
    public static void write(CheckResult result, Path file) throws IOException {
        write(result, Optional.empty(), file);
    }

    /**
     * Writes the report, creating its directory.
     *
     * @param result a check's result
     * @param run    when and where it ran, if known
     * @param file   where to write, for example {@code target/fact-check/TEST-claims.xml}
     * @throws IOException if the file cannot be written
     */
    public static void write(CheckResult result, Optional<Run> run, Path file) throws IOException {
        write(result, run, file, ReportLayout.NONE);
    }

    /**
     * Writes the report over the one written before, creating its directory: the test cases of a
     * {@linkplain CheckResult.Part#kept() kept} part are copied from the report written before,
     * where its layout says they are, instead of rendered again.
     *
     * @param result a check's result
     * @param run    when and where it ran, if known
     * @param file   where to write, for example {@code target/fact-check/TEST-claims.xml}
     * @param before the layout of the report now at {@code file}, as this method returned it when it
     *               wrote it; {@link ReportLayout#NONE} if there is none, or it may have changed since
     * @return the layout of the report written
     * @throws IOException if the file cannot be written
     */
    public static ReportLayout write(CheckResult result, Optional<Run> run, Path file, ReportLayout before)
            throws IOException {
        return Splice.write(file, before, (text, splice) -> {
            try {
                render(result, run, text, splice);
            } catch (XMLStreamException e) {
                throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
            }
        });
    }

    /** @param className the claims file as a class name, cleaned */
    private static void testCase(XMLStreamWriter xml, String className, String name) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", className);
        xml.writeAttribute("name", clean(name));
        xml.writeAttribute("time", "0");
    }

    /**
     * A claims file as a class name: CI systems split a class name at its last dot into package and
     * class, so {@code claims/2023/kyiv.independent.json} becomes {@code claims.2023.kyiv_independent},
     * grouped under {@code claims.2023}.
     */
    static String className(String file) {
        String path = file.endsWith(".json") ? file.substring(0, file.length() - ".json".length()) : file;
        return path.replace('.', '_').replace('/', '.');
    }

    /** Seconds with milliseconds, as surefire writes them: {@code 1.234}. */
    private static String seconds(Duration took) {
        return String.format(Locale.ROOT, "%d.%03d", took.toSeconds(), took.toMillisPart());
    }

    /** XML 1.0 cannot hold most control characters, even escaped: they are shown as \\uXXXX. */
    private static String clean(String text) {
        if (plainXml(text)) {
            return text; // nearly every text: no copy
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            boolean allowed = c == '\t'
                    || c == '\n'
                    || c == '\r'
                    || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD)
                    || c >= 0x10000;
            if (allowed) {
                out.appendCodePoint(c);
            } else {
                out.append(String.format("\\u%04x", c));
            }
        });
        return out.toString();
    }

    /** True if every character may stand in XML 1.0 as it is; a surrogate, paired or not, is left to {@link #clean}. */
    private static boolean plainXml(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c >= 0xD800 && (c <= 0xDFFF || c >= 0xFFFE)) {
                return false;
            }
        }
        return true;
    }
}
