using AccountGov.Approvals.Api;
using AccountGov.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApprovals();

var app = builder.Build();
app.MapServiceDefaults();
app.MapApprovals();
app.Run();
