package io.vgpubench.ssh;

import com.jcraft.jsch.ConfigRepository;
import com.jcraft.jsch.OpenSSHConfig;
import io.vgpubench.VgpubenchException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** An OpenSSH client config ({@code ~/.ssh/config}): the settings it gives a host alias (HostName, Port, ProxyJump...). */
public final class SshConfigFile {
    private final ConfigRepository repository;

    private SshConfigFile(ConfigRepository repository) {
        this.repository = repository;
    }

    /** The file, or an empty config when it does not exist. */
    public static SshConfigFile load(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return new SshConfigFile(ConfigRepository.nullConfig);
        }
        try {
            return new SshConfigFile(OpenSSHConfig.parseFile(file.toString()));
        } catch (IOException e) {
            throw VgpubenchException.badInput("SSH config " + file + " cannot be read: " + e.getMessage());
        }
    }

    /** {@code ~/.ssh/config} of the user running vgpubench. */
    public static SshConfigFile userDefault() {
        return load(userSsh().resolve("config"));
    }

    static Path userSsh() {
        return Path.of(System.getProperty("user.home"), ".ssh");
    }

    /** The value the config gives {@code key} for host {@code alias}, e.g. ("gpu1", "ProxyJump"). */
    public Optional<String> value(String alias, String key) {
        ConfigRepository.Config config = repository.getConfig(alias);
        return config == null ? Optional.empty() : Optional.ofNullable(config.getValue(key)).filter(v -> !v.isBlank());
    }

    /** A path-valued setting with {@code ~} expanded. */
    public Optional<Path> path(String alias, String key) {
        return value(alias, key).map(v -> v.equals("~") || v.startsWith("~/")
                ? Path.of(System.getProperty("user.home")).resolve(v.substring(Math.min(2, v.length())))
                : Path.of(v));
    }
}
