package io.vgpubench.agent.spec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.vgpubench.contract.ContractJson;
import io.vgpubench.contract.spec.RunSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Collectors;

/** Reads a run spec from its file and checks it, so a bad spec is refused before anything runs. */
public final class SpecReader {
    private SpecReader() {}

    public static RunSpec read(Path file) throws BadSpecException {
        RunSpec spec;
        try {
            spec = ContractJson.strict().readValue(Files.readAllBytes(file), RunSpec.class);
        } catch (NoSuchFileException e) {
            throw new BadSpecException(file + ": no such file");
        } catch (JsonProcessingException e) {
            throw new BadSpecException(file + describe(e));
        } catch (IOException e) {
            throw new BadSpecException(file + ": cannot read: " + e.getMessage());
        }
        if (spec == null) {
            throw new BadSpecException(file + ": empty spec");
        }
        SpecChecks.check(file.toString(), spec);
        return spec;
    }

    private static String describe(JsonProcessingException e) {
        StringBuilder s = new StringBuilder();
        JsonLocation at = e.getLocation();
        if (at != null && at.getLineNr() > 0) {
            s.append(" line ").append(at.getLineNr()).append(", column ").append(at.getColumnNr());
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            s.append(", field ").append(m.getPath().stream().map(SpecReader::step).collect(Collectors.joining()).replaceFirst("^\\.", ""));
        }
        return s.append(": ").append(e.getOriginalMessage().lines().findFirst().orElse("")).toString();
    }

    private static String step(JsonMappingException.Reference r) {
        return r.getIndex() >= 0 ? "[" + r.getIndex() + "]" : "." + r.getFieldName();
    }
}
