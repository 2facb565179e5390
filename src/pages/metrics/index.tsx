import Layout from '@theme/Layout';

/** Placeholder until the metric finder lands (issue #4). */
export default function Metrics() {
  return (
    <Layout title="Metric finder" description="Find which phases a metric covers.">
      <main className="container margin-vert--lg">
        <h1>Metric finder</h1>
      </main>
    </Layout>
  );
}
