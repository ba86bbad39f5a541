package org.marac.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.marac.portal.partner.Agency;
import org.marac.portal.partner.AgencyService;
import org.marac.portal.partner.Member;
import org.marac.portal.partner.MemberService;
import org.marac.portal.partner.MemberStatus;
import org.marac.portal.partner.PortalUser;
import org.marac.portal.partner.Role;
import org.marac.portal.support.DemoMembers;
import org.marac.portal.support.PortalTest;
import org.marac.portal.support.SignIn;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every role against every service operation. Services are the security boundary, so each public method
 * of each service declares who may call it, and what each role may call is reviewed in one place:
 * {@code src/test/resources/access/service-operations.txt}. A new operation, or a changed permission, fails
 * this test until the file is updated on purpose.
 */
@PortalTest
class ServiceAccessMatrixTest {

    private static final Path EXPECTED = Path.of("src/test/resources/access/service-operations.txt");

    /** Public service methods without a role check, each with the reason the caller carries the check. */
    private static final Map<String, String> CALLER_CHECKED = Map.of(
            "ProcessingLog.record", "writes the log inside the caller's transaction; every caller is a checked service",
            "ProcessingLog.recordDenial", "records a refusal the caller has just made",
            "ProcessingLog.recordConsultation", "records what the calling (checked) service has just let its member read",
            "ProcessingLog.awaitWritten", "reads and records nothing: waits for the log's writer (the DPO's search and verification)",
            "MemberService.recordLogin", "runs in the login flow before the identity has any authority; creates only a pending member",
            "MemberService.findByIdentity", "read by the security filter for the identity it has just authenticated",
            "NotificationService.send", "joins the caller's checked transaction; also sent by jobs without a member; refuses personal data",
            "NotificationService.email", "joins the caller's checked transaction; written by jobs without a member (the insight summary); refuses personal data");

    @Autowired
    ApplicationContext context;
    @Autowired
    SignIn signIn;
    @Autowired
    DemoMembers demo;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    MemberService members;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void everyPublicServiceMethodDeclaresWhoMayCallIt() {
        List<String> unchecked = operations().stream()
                .filter(method -> permission(method) == null && !CALLER_CHECKED.containsKey(shortName(method)))
                .map(ServiceAccessMatrixTest::signature).toList();
        assertThat(unchecked).as("public service methods without @PreAuthorize").isEmpty();
    }

    @Test
    void eachRoleMayCallExactlyTheReviewedOperations() throws IOException {
        Map<Role, Member> members = oneMemberPerRole();
        Map<String, List<String>> allowed = new TreeMap<>();
        for (Method method : operations()) {
            if (permission(method) == null) {
                continue;
            }
            List<String> roles = new ArrayList<>();
            for (Role role : Role.values()) {
                signIn.as(members.get(role));
                if (passesRoleCheck(method)) {
                    roles.add(role.name());
                }
            }
            allowed.put(signature(method), roles);
        }
        signIn.out();
        String actual = allowed.entrySet().stream()
                .map(entry -> entry.getKey() + " : " + (entry.getValue().isEmpty() ? "nobody" : String.join(" ", entry.getValue())))
                .collect(Collectors.joining("\n", "", "\n"));
        String expected = Files.exists(EXPECTED) ? Files.readString(EXPECTED, StandardCharsets.UTF_8) : "";
        if (!actual.equals(expected)) {
            Path written = Path.of("target", "service-operations.actual.txt");
            Files.createDirectories(written.getParent());
            Files.writeString(written, actual, StandardCharsets.UTF_8);
            assertThat(actual).as("Who may call which service operation changed. Review %s and, if every line is "
                    + "intended, copy it to %s.", written, EXPECTED).isEqualTo(expected);
        }
    }

    /**
     * Calls the operation with placeholder arguments inside a transaction that is rolled back: the role
     * check runs before the method body, so only a refusal by the method security interceptor counts.
     * Arguments naming the acting member or agency get the acting member's own, as a real caller's would.
     */
    private boolean passesRoleCheck(Method method) {
        Object bean = context.getBean(AopUtils.getTargetClass(beanFor(method)).getSimpleName().substring(0, 1).toLowerCase()
                + AopUtils.getTargetClass(beanFor(method)).getSimpleName().substring(1));
        PortalUser user = PortalUser.require();
        Object[] arguments = Arrays.stream(method.getParameters()).map(parameter -> placeholder(parameter, user)).toArray();
        Boolean passed = transaction.execute(status -> {
            status.setRollbackOnly();
            try {
                method.invoke(bean, arguments);
                return true;
            } catch (InvocationTargetException thrown) {
                return !(thrown.getCause() instanceof AuthorizationDeniedException);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        });
        return Boolean.TRUE.equals(passed);
    }

    private static Object placeholder(Parameter parameter, PortalUser user) {
        Class<?> type = parameter.getType();
        String name = parameter.getName();
        if (name.equals("memberId") || name.equals("chairId")) {
            return user.getMemberId();
        }
        if (name.equals("agencyId")) {
            return user.getAgencyId();
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == List.class || type == java.util.Collection.class) {
            return List.of();
        }
        if (type == Set.class) {
            return Set.of();
        }
        return null;
    }

    private Object beanFor(Method method) {
        return services().stream().filter(bean -> AopUtils.getTargetClass(bean) == method.getDeclaringClass())
                .findFirst().orElseThrow();
    }

    private List<Object> services() {
        return context.getBeansWithAnnotation(Service.class).values().stream()
                .filter(bean -> AopUtils.getTargetClass(bean).getPackageName().startsWith("org.marac.portal"))
                .toList();
    }

    private List<Method> operations() {
        return services().stream().map(AopUtils::getTargetClass)
                .flatMap(type -> Arrays.stream(type.getDeclaredMethods()))
                .filter(method -> Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                        && !method.isSynthetic() && !method.isBridge())
                .sorted(java.util.Comparator.comparing(ServiceAccessMatrixTest::signature))
                .toList();
    }

    private static PreAuthorize permission(Method method) {
        PreAuthorize onMethod = AnnotatedElementUtils.findMergedAnnotation(method, PreAuthorize.class);
        return onMethod != null ? onMethod
                : AnnotatedElementUtils.findMergedAnnotation(method.getDeclaringClass(), PreAuthorize.class);
    }

    private static String shortName(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName();
    }

    private static String signature(Method method) {
        return shortName(method) + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName)
                .collect(Collectors.joining(",", "(", ")"));
    }

    /** A member holding exactly one role, in an agency that fits it, created once for this test. */
    private Map<Role, Member> oneMemberPerRole() {
        Map<Role, Member> byRole = new java.util.EnumMap<>(Role.class);
        signIn.as(demo.get("admin"));
        Agency police = demo.get("police").getAgency();
        for (Role role : Role.values()) {
            String subject = "matrix-" + role.name().toLowerCase(java.util.Locale.ROOT);
            Member member = members.findByIdentity(demo.issuer(), subject).orElseGet(() -> {
                Member created = members.recordLogin(demo.issuer(), subject, "Matrix " + role, subject + "@example.org");
                created.setAgency(police);
                created.setRoles(EnumSet.of(role));
                created.setStatus(MemberStatus.ACTIVE);
                return members.save(created);
            });
            byRole.put(role, member);
        }
        signIn.out();
        return byRole;
    }
}
