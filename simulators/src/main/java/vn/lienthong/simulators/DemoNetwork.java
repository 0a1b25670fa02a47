package vn.lienthong.simulators;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import vn.lienthong.simulators.DemoDocuments.Recipient;

/**
 * The demo's partner systems around one gateway: the department's e-office sending a steady trickle of documents
 * to a recipient on every transport (the Thạch Hà district office and the Ministry on REST, a school on a shared
 * folder, the Can Lộc district office on SOAP, the Government Office through the national platform, the Home
 * Affairs department through the provincial platform, and a school that pulls its inbox), each with a clerk who
 * answers through the gateway's REST API.
 */
public class DemoNetwork implements AutoCloseable {

    public static final String DEPARTMENT_KEY = "demo-so-gddt-key";
    public static final String DISTRICT_KEY = "demo-thach-ha-key";
    public static final String MINISTRY_KEY = "demo-bo-gddt-key";
    public static final String SCHOOL_KEY = "demo-phan-dinh-phung-key";
    public static final String SOAP_DISTRICT_KEY = "demo-can-loc-key";
    public static final String GOVERNMENT_OFFICE_KEY = "demo-vpcp-key";
    public static final String HOME_AFFAIRS_KEY = "demo-so-noi-vu-key";
    public static final String PULLING_SCHOOL_KEY = "demo-nguyen-du-key";

    private static final Recipient DISTRICT = new Recipient("000.20.31.H53", "Phòng Giáo dục và Đào tạo huyện Thạch Hà");
    private static final Recipient MINISTRY = new Recipient("000.00.00.G03", "Bộ Giáo dục và Đào tạo");
    private static final Recipient SCHOOL = new Recipient("000.21.31.H53", "Trường THPT Phan Đình Phùng");
    private static final Recipient SOAP_DISTRICT = new Recipient("000.24.31.H53", "Phòng Giáo dục và Đào tạo huyện Can Lộc");
    private static final Recipient GOVERNMENT_OFFICE = new Recipient("000.00.00.G22", "Văn phòng Chính phủ");
    private static final Recipient HOME_AFFAIRS = new Recipient("000.03.01.H53", "Sở Nội vụ tỉnh Hà Tĩnh");
    private static final Recipient PULLING_SCHOOL = new Recipient("000.25.31.H53", "Trường THCS Nguyễn Du");
    private static final List<Recipient> EVERYONE = List.of(DISTRICT, MINISTRY, SCHOOL, SOAP_DISTRICT,
            GOVERNMENT_OFFICE, HOME_AFFAIRS, PULLING_SCHOOL);

    private final DemoSettings settings;
    private final PrintStream out;
    private final RestPartnerSimulator department;
    private final RestPartnerSimulator district;
    private final RestPartnerSimulator ministry;
    private final FolderPartnerSimulator school;
    private final SoapPartnerSimulator soapDistrict;
    private final VdxpPlatformSimulator nationalPlatform;
    private final LgspSimulator provincialPlatform;
    private final InboxPartnerSimulator pullingSchool;
    // Any six documents in a row reach every transport.
    private final DemoDocuments documents = new DemoDocuments(List.of(
            List.of(DISTRICT, SOAP_DISTRICT), List.of(SCHOOL, PULLING_SCHOOL), List.of(MINISTRY, GOVERNMENT_OFFICE),
            List.of(HOME_AFFAIRS), List.of(DISTRICT, SCHOOL), List.of(SOAP_DISTRICT, PULLING_SCHOOL, MINISTRY)));
    private final List<ClerkBehaviour> clerks = new ArrayList<>();
    private final List<EdxmlFields> statusesAtDepartment = new CopyOnWriteArrayList<>();
    private final AtomicInteger sent = new AtomicInteger();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();

    private DemoNetwork(DemoSettings settings, PrintStream out) throws IOException {
        this.settings = settings;
        this.out = out;
        this.department = RestPartnerSimulator.start(settings.departmentPort());
        this.district = RestPartnerSimulator.start(settings.districtPort());
        this.ministry = RestPartnerSimulator.start(settings.ministryPort());
        this.school = FolderPartnerSimulator.start(settings.schoolOutbox(), Duration.ofMillis(250));
        this.soapDistrict = SoapPartnerSimulator.start(settings.soapPort());
        this.nationalPlatform = VdxpPlatformSimulator.start(settings.vdxpPort(),
                DemoSettings.VDXP_SYSTEM_ID, settings.vdxpSecret());
        this.provincialPlatform = LgspSimulator.start(settings.lgspPort(), settings.lgspClientId(),
                settings.lgspClientSecret());
        this.pullingSchool = new InboxPartnerSimulator(PULLING_SCHOOL_KEY, Duration.ofMillis(500));
    }

    /** Starts the partner systems; they listen at once, but send and answer only after {@link #connect}. */
    public static DemoNetwork start(DemoSettings settings, PrintStream out) throws IOException {
        return new DemoNetwork(settings, out);
    }

    public RestPartnerSimulator department() {
        return department;
    }

    public RestPartnerSimulator district() {
        return district;
    }

    public RestPartnerSimulator ministry() {
        return ministry;
    }

    public FolderPartnerSimulator school() {
        return school;
    }

    public SoapPartnerSimulator soapDistrict() {
        return soapDistrict;
    }

    public VdxpPlatformSimulator nationalPlatform() {
        return nationalPlatform;
    }

    public LgspSimulator provincialPlatform() {
        return provincialPlatform;
    }

    public InboxPartnerSimulator pullingSchool() {
        return pullingSchool;
    }

    /** The status packages that came back to the department's e-office, in arrival order. */
    public List<EdxmlFields> statusesAtDepartment() {
        return List.copyOf(statusesAtDepartment);
    }

    /** Documents the department's e-office has had accepted by the gateway. */
    public int documentsSent() {
        return sent.get();
    }

    /** Puts the clerks on duty against the gateway at {@code gatewayUrl} and starts sending documents. */
    public void connect(String gatewayUrl) {
        Consumer<byte[]> districtClerk = clerkAt(gatewayUrl, "Trần Thị Bình", DISTRICT, DISTRICT_KEY);
        Consumer<byte[]> ministryClerk = clerkAt(gatewayUrl, "Lê Văn Cường", MINISTRY, MINISTRY_KEY);
        district.onReceive(p -> districtClerk.accept(p.body()));
        ministry.onReceive(p -> ministryClerk.accept(p.body()));
        school.onReceive(clerkAt(gatewayUrl, "Phạm Thị Dung", SCHOOL, SCHOOL_KEY));
        Consumer<byte[]> soapClerk = clerkAt(gatewayUrl, "Hoàng Văn Đức", SOAP_DISTRICT, SOAP_DISTRICT_KEY);
        soapDistrict.onReceive(p -> soapClerk.accept(p.packageBytes()));
        Consumer<byte[]> governmentClerk = clerkAt(gatewayUrl, "Vũ Thị Hà", GOVERNMENT_OFFICE, GOVERNMENT_OFFICE_KEY);
        nationalPlatform.onReceive(p -> governmentClerk.accept(p.packageBytes()));
        Consumer<byte[]> homeAffairsClerk = clerkAt(gatewayUrl, "Đặng Văn Khoa", HOME_AFFAIRS, HOME_AFFAIRS_KEY);
        provincialPlatform.onReceive(p -> homeAffairsClerk.accept(p.pkg()));
        pullingSchool.onReceive(clerkAt(gatewayUrl, "Bùi Thị Lan", PULLING_SCHOOL, PULLING_SCHOOL_KEY));
        pullingSchool.connect(gatewayUrl);
        department.onReceive(p -> receivedAtDepartment(p.body()));
        URI documentsUri = URI.create(gatewayUrl.replaceAll("/+$", "") + "/api/v1/documents");
        trickle.scheduleWithFixedDelay(() -> sendNext(documentsUri), 0,
                settings.documentInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    private Consumer<byte[]> clerkAt(String gatewayUrl, String staff, Recipient agency, String apiKey) {
        ClerkBehaviour clerk = new ClerkBehaviour(gatewayUrl, new ClerkProfile(agency.agency(), agency.name(), staff,
                apiKey, settings.clerkDelay(), settings.rejectFraction(), ClerkProfile.DEFAULT_REJECT_MARKER,
                settings.lateFraction(), settings.lateDelay()));
        clerk.onPosted(p -> {
            if (p.httpStatus() / 100 != 2) {
                out.printf("  ! %s: trạng thái %s cho %s bị cổng từ chối (%d): %s%n", agency.name(), p.statusCode(),
                        p.documentId(), p.httpStatus(), p.answer());
            }
        });
        clerks.add(clerk);
        return body -> {
            EdxmlFields document = EdxmlFields.read(body);
            out.printf("  → %s nhận văn bản %s%n", agency.name(), document.documentNumber());
            clerk.accept(body);
        };
    }

    private void receivedAtDepartment(byte[] body) {
        EdxmlFields status = EdxmlFields.read(body);
        if (!status.isStatus()) {
            return;
        }
        statusesAtDepartment.add(status);
        String number = status.responseForDocumentId().substring(status.responseForDocumentId().lastIndexOf(',') + 1);
        String from = EVERYONE.stream().filter(r -> r.agency().equals(status.senderId()))
                .map(Recipient::name).findFirst().orElse(status.senderId());
        out.printf("  ◀ Sở nhận trạng thái %s từ %s cho văn bản %s: %s%n", status.statusCode(), from, number,
                status.description());
    }

    private void sendNext(URI documentsUri) {
        try {
            int number = nextNumber();
            HttpRequest request = HttpRequest.newBuilder(documentsUri).timeout(Duration.ofSeconds(30))
                    .header("X-API-Key", DEPARTMENT_KEY)
                    .header("Content-Type", "application/xml; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(documents.document(number))).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 202) {
                sent.incrementAndGet();
            }
            out.printf("▶ Sở gửi văn bản %d/CV-SGDĐT «%s» tới %s: %d%n", number, documents.subject(number),
                    documents.recipients(number).stream().map(Recipient::name).collect(Collectors.joining(", ")),
                    response.statusCode());
        } catch (IOException | UncheckedIOException e) {
            out.println("! Sở chưa gửi được văn bản: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The last number is kept in a file so that a restarted demo never re-sends a number the gateway has seen. */
    private int nextNumber() throws IOException {
        Files.createDirectories(settings.sequenceFile().toAbsolutePath().getParent());
        int last = Files.exists(settings.sequenceFile())
                ? Integer.parseInt(Files.readString(settings.sequenceFile()).strip()) : 0;
        Files.writeString(settings.sequenceFile(), String.valueOf(last + 1));
        return last + 1;
    }

    @Override
    public void close() {
        trickle.shutdownNow();
        clerks.forEach(ClerkBehaviour::close);
        pullingSchool.close();
        school.close();
        soapDistrict.close();
        nationalPlatform.close();
        provincialPlatform.close();
        department.close();
        district.close();
        ministry.close();
    }
}
