using System.Net.Http.Headers;
using System.Text;
using DotNet.Testcontainers.Containers;

namespace AccountGov.Testing;

/// <summary>Creates and deletes RabbitMQ virtual hosts, one per test class, so classes never see each other's messages.</summary>
public interface IVirtualHosts
{
    Task CreateAsync(string name);
    Task DeleteAsync(string name);
}

internal sealed class ManagementApiVirtualHosts(Uri management) : IVirtualHosts
{
    private readonly HttpClient http = Create(management);

    public async Task CreateAsync(string name)
    {
        (await http.PutAsync($"api/vhosts/{Uri.EscapeDataString(name)}", null)).EnsureSuccessStatusCode();
        var user = Uri.UnescapeDataString(management.UserInfo.Split(':')[0]);
        var permissions = new StringContent("""{"configure":".*","write":".*","read":".*"}""", Encoding.UTF8, "application/json");
        (await http.PutAsync($"api/permissions/{Uri.EscapeDataString(name)}/{Uri.EscapeDataString(user)}", permissions))
            .EnsureSuccessStatusCode();
    }

    public async Task DeleteAsync(string name) => await http.DeleteAsync($"api/vhosts/{Uri.EscapeDataString(name)}");

    private static HttpClient Create(Uri management)
    {
        var baseUri = new UriBuilder(management) { UserName = "", Password = "", Path = "/" }.Uri;
        var client = new HttpClient { BaseAddress = baseUri };
        var credentials = Uri.UnescapeDataString(management.UserInfo);
        client.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials)));
        return client;
    }
}

internal sealed class ContainerVirtualHosts(IContainer broker) : IVirtualHosts
{
    public async Task CreateAsync(string name)
    {
        await broker.ExecAsync(["rabbitmqctl", "add_vhost", name]);
        await broker.ExecAsync(["rabbitmqctl", "set_permissions", "-p", name, "rabbitmq", ".*", ".*", ".*"]);
    }

    public async Task DeleteAsync(string name) => await broker.ExecAsync(["rabbitmqctl", "delete_vhost", name]);
}
