// A real OpenID Connect provider (the certified `oidc-provider` package) on loopback, for
// the sign-in tests: one client (the portal under test) and the accounts given in
// OIDC_ACCOUNTS ({"login": {"email": ..., "groups": [...]}}). Its development sign-in
// page takes any password for a known login. Prints "ready" once listening.
import Provider from "oidc-provider";

const port = Number(process.env.OIDC_PORT);
const portal = process.env.PORTAL_URL;
const accounts = JSON.parse(process.env.OIDC_ACCOUNTS || "{}");

const provider = new Provider(`http://127.0.0.1:${port}`, {
  clients: [
    {
      client_id: "kpiportal",
      client_secret: "kpiportal-test-secret",
      redirect_uris: [`${portal}/oidc/callback/`],
      post_logout_redirect_uris: [`${portal}/accounts/login/`],
      token_endpoint_auth_method: "client_secret_post",
    },
  ],
  claims: {
    openid: ["sub"],
    email: ["email", "email_verified"],
    profile: ["name", "given_name", "family_name"],
    groups: ["groups"],
  },
  scopes: ["openid", "email", "profile", "groups"],
  features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
  pkce: { required: () => false },
  cookies: { keys: ["kpiportal-test-cookie-key"] },
  async findAccount(ctx, id) {
    const account = accounts[id];
    if (!account) return undefined;
    return {
      accountId: id,
      async claims() {
        return { sub: id, email_verified: true, ...account };
      },
    };
  },
});
provider.listen(port, "127.0.0.1", () => console.log("ready"));
