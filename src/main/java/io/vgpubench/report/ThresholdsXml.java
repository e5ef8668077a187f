package io.vgpubench.report;

import io.vgpubench.results.AtomicFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes threshold results as JUnit XML (one testsuite, one testcase per check, a failure element for
 * each failed check), the format CI pipelines (Jenkins, GitLab, GitHub actions) read as test reports.
 */
public final class ThresholdsXml {
    private ThresholdsXml() {}

    public static void write(Path file, String campaign, List<ThresholdResult> results) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("testsuite");
            w.writeAttribute("name", "vgpubench thresholds " + campaign);
            w.writeAttribute("tests", String.valueOf(results.size()));
            w.writeAttribute("failures", String.valueOf(results.stream().filter(r -> !r.passed()).count()));
            w.writeAttribute("errors", "0");
            w.writeAttribute("skipped", "0");
            for (ThresholdResult r : results) {
                w.writeCharacters("\n  ");
                w.writeStartElement("testcase");
                w.writeAttribute("classname", "vgpubench." + campaign + "." + r.workload());
                w.writeAttribute("name", r.name());
                if (!r.passed()) {
                    w.writeStartElement("failure");
                    w.writeAttribute("type", "threshold");
                    w.writeAttribute("message", r.message());
                    w.writeCharacters(r.message());
                    w.writeEndElement();
                }
                w.writeEndElement();
            }
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        AtomicFile.write(file, out.toByteArray());
    }
}
