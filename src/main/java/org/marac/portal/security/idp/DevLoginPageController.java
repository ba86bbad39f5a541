package org.marac.portal.security.idp;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.marac.portal.partner.DemoIdentity;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/**
 * The development identity provider's sign-in page. Plain HTML, because it belongs to the provider, not
 * to the portal; it lists the demo identities so that trying the portal needs no README at hand.
 */
@Controller
@ConditionalOnProperty(name = "portal.dev-idp.enabled", havingValue = "true")
class DevLoginPageController {

    private final List<DemoIdentity> identities = DemoIdentity.all();

    @GetMapping(value = DevIdentityProviderConfiguration.LOGIN_PAGE, produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String loginPage(HttpServletRequest request, CsrfToken csrf) {
        boolean failed = request.getParameter("error") != null;
        StringBuilder rows = new StringBuilder();
        for (DemoIdentity identity : identities) {
            rows.append("<tr><td><code>").append(HtmlUtils.htmlEscape(identity.username()))
                    .append("</code></td><td><code>").append(HtmlUtils.htmlEscape(identity.password()))
                    .append("</code></td><td>").append(HtmlUtils.htmlEscape(identity.name()))
                    .append("</td><td>").append(HtmlUtils.htmlEscape(identity.roles().isEmpty()
                            ? "(no access yet)" : String.join(" ", identity.roles().stream().map(Enum::name).sorted().toList())))
                    .append("</td></tr>");
        }
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Sign in — development identity provider</title>
                <style>
                  body { font-family: system-ui, sans-serif; margin: 0; background: #f4f5f7; color: #1b1f24; }
                  main { max-width: 44rem; margin: 3rem auto; background: #fff; padding: 2rem; border-radius: 8px;
                         box-shadow: 0 1px 4px rgba(0,0,0,.15); }
                  h1 { font-size: 1.5rem; margin-top: 0; }
                  label { display: block; font-weight: 600; margin: 1rem 0 .25rem; }
                  input { font-size: 1rem; padding: .5rem; width: 100%%; box-sizing: border-box; border: 1px solid #5f6b7a; border-radius: 4px; }
                  input:focus, button:focus { outline: 3px solid #0b57d0; outline-offset: 2px; }
                  button { margin-top: 1.5rem; font-size: 1rem; padding: .6rem 1.5rem; background: #0b57d0; color: #fff;
                           border: 0; border-radius: 4px; cursor: pointer; }
                  .error { color: #a4161a; font-weight: 600; }
                  table { border-collapse: collapse; margin-top: 1rem; font-size: .9rem; width: 100%%; }
                  th, td { text-align: left; border-bottom: 1px solid #d0d5dc; padding: .3rem .4rem; }
                  details { margin-top: 2rem; }
                </style>
                </head>
                <body>
                <main>
                <h1>Sign in</h1>
                <p>Development identity provider for the MARAC portal. Production uses your organisation's provider.</p>
                %s
                <form method="post" action="%s">
                  <label for="username">Username</label>
                  <input id="username" name="username" autocomplete="username" required autofocus>
                  <label for="password">Password</label>
                  <input id="password" name="password" type="password" autocomplete="current-password" required>
                  <input type="hidden" name="%s" value="%s">
                  <button type="submit">Sign in</button>
                </form>
                <details>
                  <summary>Demo identities</summary>
                  <table><thead><tr><th>Username</th><th>Password</th><th>Name</th><th>Roles</th></tr></thead>
                  <tbody>%s</tbody></table>
                </details>
                </main>
                </body>
                </html>
                """.formatted(
                failed ? "<p class=\"error\" role=\"alert\">Wrong username or password.</p>" : "",
                DevIdentityProviderConfiguration.LOGIN_PAGE,
                HtmlUtils.htmlEscape(csrf.getParameterName()), HtmlUtils.htmlEscape(csrf.getToken()),
                rows);
    }
}
