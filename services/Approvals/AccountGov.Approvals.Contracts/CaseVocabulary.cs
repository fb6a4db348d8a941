using System.Text.Json.Serialization;

namespace AccountGov.Approvals.Contracts;

// The vocabulary of docs/api.md. Enums travel as strings, in the API, in Refit and in stored events alike.

[JsonConverter(typeof(JsonStringEnumConverter<CaseStatus>))]
public enum CaseStatus { Open, Approved, Rejected, ChangesRequested, Withdrawn }

[JsonConverter(typeof(JsonStringEnumConverter<StageName>))]
public enum StageName { SponsorEndorsement, DpiaReview, BusinessDevelopmentDecision }

[JsonConverter(typeof(JsonStringEnumConverter<StageStatus>))]
public enum StageStatus { Pending, Completed, Rejected }

[JsonConverter(typeof(JsonStringEnumConverter<DpiaReviewOutcome>))]
public enum DpiaReviewOutcome { Accepted, Rejected, ChangesRequested }

[JsonConverter(typeof(JsonStringEnumConverter<DecisionOutcome>))]
public enum DecisionOutcome { Approved, Rejected, ChangesRequested }

[JsonConverter(typeof(JsonStringEnumConverter<CaseAlertKind>))]
public enum CaseAlertKind { Reminder, Escalation }
