package cl.fuelnet.node.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

/**
 * The node's admin login. The password comes from configuration ({@code FUEL_ADMIN_PASSWORD}); when none is
 * given, one is generated at the node's first start, printed once in its log, and only its hash is kept in the
 * node's data folder, so later starts accept the same password without showing it again.
 */
public final class AdminAccount {

    private static final Logger LOG = LoggerFactory.getLogger(AdminAccount.class);
    static final String HASH_FILE = "admin-password.hash";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private AdminAccount() {
    }

    public static UserDetails load(String user, String password, Path dataDir, PasswordEncoder encoder) {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("fuel.admin.user (FUEL_ADMIN_USER) must not be blank");
        }
        String hash = password != null && !password.isBlank() ? encoder.encode(password) : storedOrNew(user,
                dataDir.resolve(HASH_FILE), encoder);
        return User.withUsername(user).password(hash).roles("ADMIN").build();
    }

    private static String storedOrNew(String user, Path file, PasswordEncoder encoder) {
        try {
            if (Files.isRegularFile(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).trim();
            }
            String generated = generate();
            String hash = encoder.encode(generated);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, hash, StandardCharsets.UTF_8);
            restrict(file);
            LOG.warn("No FUEL_ADMIN_PASSWORD was set: generated the admin password of this node, shown only now. "
                    + "User: {}  Password: {}", user, generated);
            return hash;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the admin password hash in " + file, e);
        }
    }

    private static void restrict(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            LOG.debug("cannot restrict permissions of {}", file);
        }
    }

    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
