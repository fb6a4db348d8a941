using AccountGov.AccountRequests.Api;
using AccountGov.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddAccountRequests();

var app = builder.Build();
app.MapServiceDefaults();
app.MapAccountRequests();
app.Run();
