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

    /** Held (an OS file lock) by the controller that runs, resumes or tears down the campaign. */
    public Path lock() {
        return root.resolve("controller.lock");
    }

    public String id() {
        return root.getFileName().toString();
    }
}
