namespace Wirewatch.Eval.Muc4;

/// <summary>
/// The largest total similarity of a one-to-one assignment between rows and columns (Kuhn–Munkres on the matrix
/// padded to a square with zeros), as CEAF needs.
/// </summary>
public static class MaxAssignment
{
    /// <summary>Total similarity of the best assignment of <paramref name="similarity"/> (rows × columns, at least one each).</summary>
    public static double Total(double[,] similarity)
    {
        ArgumentNullException.ThrowIfNull(similarity);
        int rows = similarity.GetLength(0), cols = similarity.GetLength(1);
        if (rows == 0 || cols == 0)
        {
            return 0;
        }

        int n = Math.Max(rows, cols);
        // Minimise the negated similarity; potentials u (rows) and v (columns), 1-based with a virtual column 0.
        var u = new double[n + 1];
        var v = new double[n + 1];
        var rowOfColumn = new int[n + 1];
        var way = new int[n + 1];
        var minv = new double[n + 1];
        var used = new bool[n + 1];
        for (int i = 1; i <= n; i++)
        {
            rowOfColumn[0] = i;
            int j0 = 0;
            Array.Fill(minv, double.PositiveInfinity);
            Array.Clear(used);
            do
            {
                used[j0] = true;
                int i0 = rowOfColumn[j0], j1 = 0;
                double delta = double.PositiveInfinity;
                for (int j = 1; j <= n; j++)
                {
                    if (used[j])
                    {
                        continue;
                    }

                    double cur = Cost(similarity, i0 - 1, j - 1, rows, cols) - u[i0] - v[j];
                    if (cur < minv[j])
                    {
                        minv[j] = cur;
                        way[j] = j0;
                    }

                    if (minv[j] < delta)
                    {
                        delta = minv[j];
                        j1 = j;
                    }
                }

                for (int j = 0; j <= n; j++)
                {
                    if (used[j])
                    {
                        u[rowOfColumn[j]] += delta;
                        v[j] -= delta;
                    }
                    else
                    {
                        minv[j] -= delta;
                    }
                }

                j0 = j1;
            }
            while (rowOfColumn[j0] != 0);

            do
            {
                int j1 = way[j0];
                rowOfColumn[j0] = rowOfColumn[j1];
                j0 = j1;
            }
            while (j0 != 0);
        }

        double total = 0;
        for (int j = 1; j <= n; j++)
        {
            int i = rowOfColumn[j] - 1, jj = j - 1;
            if (i < rows && jj < cols)
            {
                total += similarity[i, jj];
            }
        }

        return total;
    }

    private static double Cost(double[,] s, int i, int j, int rows, int cols) => i < rows && j < cols ? -s[i, j] : 0.0;
}
