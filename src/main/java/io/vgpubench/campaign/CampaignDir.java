package io.vgpubench.campaign;

import java.nio.file.Path;

/** The files of one campaign under {@code results/<campaign-id>/}. */
public record CampaignDir(Path root) {
    public Path playbook() {
        return root.resolve("playbook.yaml");
    }

    public Path info() {
        return root.resolve("campaign.json");
    }

    public Path journal() {
        return root.resolve("journal.jsonl");
    }

    public Path samples() {
        return root.resolve("samples.jsonl");
    }

    public Path events() {
        return root.resolve("events.jsonl");
    }

    public Path specs() {
        return root.resolve("specs");
    }

    public Path logs() {
        return root.resolve("logs");
    }

    public String id() {
        return root.getFileName().toString();
    }
}
