package io.vgpubench.contract;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The JSON both sides write and read the contract with: snake_case fields (on each record), ISO-8601
 * instants. {@link #strict()} refuses unknown fields (the agent reading a spec: a field it does not know is a
 * controller it does not match); {@link #tolerant()} ignores them (the controller reading samples and events
 * from agents that may be newer).
 */
public final class ContractJson {
    private ContractJson() {}

    public static ObjectMapper strict() {
        return base().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    public static ObjectMapper tolerant() {
        return base().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    private static ObjectMapper base() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }
}
