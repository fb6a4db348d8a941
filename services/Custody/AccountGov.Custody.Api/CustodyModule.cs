using AccountGov.EventSourcing.Marten;
using AccountGov.EventSourcing.Messaging;

namespace AccountGov.Custody.Api;

public static class CustodyModule
{
    public const string ServiceName = "custody";

    public static void AddCustody(this WebApplicationBuilder builder)
    {
        builder.AddAccountGovMarten(_ => { });
        builder.AddAccountGovBus(ServiceName, _ => { });
    }

    public static void MapCustody(this WebApplication app)
    {
    }
}

/// <summary>Marks the entry assembly for WebApplicationFactory without the ambiguity of several Program types.</summary>
public sealed class CustodyApi;
