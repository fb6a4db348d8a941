using AccountGov.Custody.Api;
using AccountGov.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddCustody();

var app = builder.Build();
app.MapServiceDefaults();
app.MapCustody();
app.Run();
