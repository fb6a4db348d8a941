using AccountGov.Notifications.Api;
using AccountGov.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddNotifications();

var app = builder.Build();
app.MapServiceDefaults();
app.MapNotifications();
app.Run();
