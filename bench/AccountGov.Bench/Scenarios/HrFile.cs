using System.Text;

namespace AccountGov.Bench.Scenarios;

/// <summary>
/// A synthetic HR file: for every account its primary books annual leave and its deputy gives notice, each
/// of which opens a handover; the rest of the rows are for staff who hold no account (recorded, no handover),
/// with a few duplicates and bad rows as real feeds have.
/// </summary>
public static class HrFile
{
    public static (string Csv, int ExpectedHandovers) Build(string run, int accounts, int rows, DateOnly today)
    {
        var csv = new StringBuilder("eventId,type,staffId,leaveType,from,to,lastWorkingDay\n");
        var written = 0;
        var expected = 0;
        void Row(string line) { csv.Append(line).Append('\n'); written++; }
        string Iso(DateOnly d) => d.ToString("yyyy-MM-dd");

        for (var i = 0; i < accounts && written < rows; i++)
        {
            Row($"{run}-l{i},LeaveBooked,{run}-p{i},Annual,{Iso(today.AddDays(30 + i % 20))},{Iso(today.AddDays(40 + i % 20))},");
            expected++;
            if (written >= rows) break;
            Row($"{run}-x{i},Leaving,{run}-d{i},,,,{Iso(today.AddDays(60 + i % 30))}");
            expected++;
        }
        for (var i = 0; written < rows; i++)
        {
            var staff = $"{run}-s{i % 4000}";
            switch (i % 50)
            {
                case 7: Row($"{run}-o{i},Returned,{staff},,{Iso(today)},,"); break;            // out of order: held
                case 13: Row($"{run}-o{i - 1},LeaveBooked,{staff},Annual,{Iso(today.AddDays(9))},{Iso(today.AddDays(10))},"); break; // duplicate id
                case 29: Row($"{run}-o{i},LeaveBooked,{staff},Annual,not-a-date,,"); break;       // rejected
                default: Row($"{run}-o{i},LeaveBooked,{staff},{(i % 3 == 0 ? "Sickness" : "Annual")},{Iso(today.AddDays(i % 60 - 5))},{Iso(today.AddDays(i % 60 + 2))},"); break;
            }
        }
        return (csv.ToString(), expected);
    }
}
