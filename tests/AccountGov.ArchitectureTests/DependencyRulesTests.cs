namespace AccountGov.ArchitectureTests;

/// <summary>style.md: an Api may use shared/* and other services' Contracts, never another Api.</summary>
public class DependencyRulesTests
{
    [Theory]
    [MemberData(nameof(Services.ApiNames), MemberType = typeof(Services))]
    public void GivenAnApi_WhenItsReferencesAreRead_ThenNoOtherApiIsAmongThem(string api)
    {
        var references = Services.Api(api).GetReferencedAssemblies().Select(r => r.Name!);
        Assert.DoesNotContain(references, r => r.StartsWith("AccountGov.", StringComparison.Ordinal) && r.EndsWith(".Api", StringComparison.Ordinal));
    }

    [Fact]
    public void GivenTheContracts_WhenTheirReferencesAreRead_ThenTheyHoldNoServerCode()
    {
        var contracts = Services.Contracts.ToList();
        Assert.NotEmpty(contracts);
        foreach (var contract in contracts)
        {
            var references = contract.GetReferencedAssemblies().Select(r => r.Name!).ToList();
            Assert.DoesNotContain(references, r => r.StartsWith("AccountGov.", StringComparison.Ordinal) && !r.EndsWith(".Contracts", StringComparison.Ordinal));
            Assert.DoesNotContain(references, r => r.StartsWith("Marten", StringComparison.Ordinal) || r == "MassTransit" || r.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void GivenTheContracts_WhenMessagesAreListed_ThenEachLivesInANamespaceAndIsNamedPastTense()
    {
        var messages = Services.Contracts.SelectMany(c => c.GetExportedTypes())
            .Where(t => t.GetCustomAttributes(typeof(MassTransit.MessageUrnAttribute), false).Length > 0)
            .ToList();
        Assert.NotEmpty(messages);
        foreach (var message in messages)
        {
            Assert.False(string.IsNullOrEmpty(message.Namespace), $"{message.Name} has no namespace");
            var urn = (MassTransit.MessageUrnAttribute)message.GetCustomAttributes(typeof(MassTransit.MessageUrnAttribute), false)[0];
            Assert.Matches("^urn:message:accountgov:[a-z-]+:[a-z-]+:v[0-9]+$", urn.Urn.ToString());
            Assert.True(IsPastTense(message.Name), $"{message.Name} is not named in the past tense (subject + verb-ed).");
        }
    }

    // "Due" states a fact that has come about ("the reminder fell due"), the one adjective style.md's examples allow.
    private static readonly HashSet<string> PastForms =
        ["Due", "Sent", "Held", "Taken", "Given", "Made", "Left", "Begun", "Done", "Withdrawn", "Drawn", "Written", "Shown", "Chosen", "Broken", "Frozen", "Set", "Put", "Read", "Run", "Kept", "Lost", "Paid", "Built", "Sold", "Told"];

    private static bool IsPastTense(string name)
    {
        var lastWord = System.Text.RegularExpressions.Regex.Match(name, "[A-Z][a-z]*$").Value;
        return lastWord.EndsWith("ed", StringComparison.Ordinal) || PastForms.Contains(lastWord);
    }

    [Theory]
    [InlineData("HandoverStarted", true)]
    [InlineData("CustodyGapDetected", true)]
    [InlineData("HandoverReminderDue", true)]
    [InlineData("StartHandover", false)]
    [InlineData("HandoverStart", false)]
    [InlineData("CredentialRotation", false)]
    public void GivenAMessageName_WhenItsTenseIsChecked_ThenOnlyPastFormsPass(string name, bool past) =>
        Assert.Equal(past, IsPastTense(name));
}
