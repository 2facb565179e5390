import React from 'react';
import Layout from '@theme/Layout';

export default function Home(): React.JSX.Element {
  return (
    <Layout title="Home" description="The Value Delivery Loop">
      <main><h1>The Value Delivery Loop</h1></main>
    </Layout>
  );
}
