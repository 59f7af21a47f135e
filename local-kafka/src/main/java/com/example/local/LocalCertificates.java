package com.example.local;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import com.example.common.Messages;
import com.example.common.Root;

/**
 * The secured local broker's TLS files, made once per data directory: a CA of its own, the broker's certificate
 * signed by it for the host names clients connect with (no IP address: a client must use a name, as with a real
 * cluster), a PKCS12 keystore for the broker and, for clients, the CA's certificate as a PEM truststore.
 */
final class LocalCertificates {

    static final String KEYSTORE = "broker.keystore.p12";
    /** The CA's certificate in PEM: a client's truststore needs no password, and loads without key derivation. */
    static final String TRUSTSTORE = "client.truststore.pem";

    private static final Duration VALIDITY = Duration.ofDays(825);
    /** EC P-256 keys: each TLS handshake (every client connection) is cheaper than with RSA 2048. */
    private static final String SIGNATURE = "SHA256withECDSA";

    private LocalCertificates() {
    }

    /** Writes the keystore and the truststore into {@code dir}, both protected by {@code password}. */
    static void create(Path dir, List<String> hostNames, char[] password) {
        try {
            KeyPair ca = keyPair();
            X500Name caName = new X500Name("CN=kafka-book-java local CA");
            X509Certificate caCertificate = sign(new JcaX509v3CertificateBuilder(caName, serial(), now(), until(),
                    caName, ca.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)),
                    ca.getPrivate());

            KeyPair broker = keyPair();
            GeneralName[] names = hostNames.stream().map(name -> new GeneralName(GeneralName.dNSName, name))
                    .toArray(GeneralName[]::new);
            X509Certificate brokerCertificate = sign(new JcaX509v3CertificateBuilder(caName, serial(), now(),
                    until(), new X500Name("CN=" + hostNames.get(0)), broker.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.subjectAlternativeName, false, new GeneralNames(names))
                    .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth)),
                    ca.getPrivate());

            KeyStore keystore = emptyStore();
            keystore.setKeyEntry("broker", broker.getPrivate(), password,
                    new Certificate[] {brokerCertificate, caCertificate});
            store(keystore, dir.resolve(KEYSTORE), password);
            Path truststore = dir.resolve(TRUSTSTORE);
            Files.writeString(truststore, "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(caCertificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n", StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw Messages.failure(e, "local.secure.certificates", dir, Root.message(e));
        }
    }

    private static KeyPair keyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
        return generator.generateKeyPair();
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey signer)
            throws OperatorCreationException, GeneralSecurityException {
        return new JcaX509CertificateConverter().getCertificate(builder.build(
                new JcaContentSignerBuilder(SIGNATURE).build(signer)));
    }

    private static KeyStore emptyStore() throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        return store;
    }

    private static void store(KeyStore store, Path file, char[] password) throws GeneralSecurityException, IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, password);
        }
        LocalSecurity.ownerOnly(file);
    }

    private static BigInteger serial() {
        return new BigInteger(64, new SecureRandom());
    }

    private static Date now() {
        return Date.from(Instant.now().minus(Duration.ofMinutes(5)));
    }

    private static Date until() {
        return Date.from(Instant.now().plus(VALIDITY));
    }
}
